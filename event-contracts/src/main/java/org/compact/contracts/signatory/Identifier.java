package org.compact.contracts.signatory;

/** An org-id.guide identifier, e.g. scheme GB-CHC, id 1234567. */
public record Identifier(String scheme, String id) {}
