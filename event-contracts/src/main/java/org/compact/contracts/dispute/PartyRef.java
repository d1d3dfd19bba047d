package org.compact.contracts.dispute;

import java.util.UUID;

/** A party organisation and its sector. Internal topic only: public outputs never show these. */
public record PartyRef(UUID signatoryId, PartyRole role, String sector) {}
