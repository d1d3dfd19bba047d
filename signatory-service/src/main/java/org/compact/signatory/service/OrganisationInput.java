package org.compact.signatory.service;

import java.util.List;
import org.compact.signatory.domain.OrgIdentifier;

/** An organisation's details as a caller sent them, before the register's rules are applied. */
public record OrganisationInput(
    String name,
    String sector,
    String kind,
    String address,
    String area,
    String website,
    List<OrgIdentifier.Raw> identifiers) {}
