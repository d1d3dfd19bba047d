package org.compact.signatory.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.compact.platform.lease.Leases;
import org.compact.platform.security.Roles;
import org.compact.signatory.config.SignatoryConfig;
import org.compact.signatory.domain.ContactDetails;
import org.compact.signatory.domain.OrgIdentifier;
import org.compact.signatory.domain.Organisation;
import org.jboss.logging.Logger;
import org.jose4j.jwt.JwtClaims;

/**
 * Demo data for local runs (signatory.demo-data.enabled=true): the organisations named in the seed
 * documents with illustrative identifiers and dates and fictional contacts, loaded through the
 * register's own use cases as compact-admin so their events flow. Organisations already on the
 * register (by name) are left alone, so a restart loads nothing twice.
 */
@ApplicationScoped
public class DemoData {
  static final String RESOURCE = "demo/organisations.json";
  static final String ACTOR = "demo-data";
  private static final Logger LOG = Logger.getLogger(DemoData.class);

  @Inject SignatoryConfig config;
  @Inject Leases leases;
  @Inject CurrentIdentityAssociation identity;
  @Inject SignatoryService signatories;
  @Inject LifecycleService lifecycle;
  @Inject ContactService contacts;

  record DemoContact(
      String name,
      String role,
      String email,
      String phone,
      boolean receivesBriefings,
      boolean compactChampion,
      boolean showOnPublicRegister) {}

  record DemoOrganisation(
      String name,
      String sector,
      String kind,
      String area,
      List<OrgIdentifier.Raw> identifiers,
      LocalDate signedOn,
      String signedBy,
      List<DemoContact> contacts) {}

  record DemoFile(String about, List<DemoOrganisation> organisations) {}

  void onStart(@Observes StartupEvent event) {
    if (config.demoDataEnabled()) {
      int loaded = load();
      LOG.infof("demo data: %d organisations loaded", loaded);
    }
  }

  /** Loads what is missing, in one transaction; returns how many organisations were added. */
  @ActivateRequestContext
  public int load() {
    // the register's use cases read the caller from a JWT, so the loader acts through one
    JwtClaims claims = new JwtClaims();
    claims.setSubject(ACTOR);
    claims.setStringListClaim("groups", Roles.COMPACT_ADMIN);
    identity.setIdentity(
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new DefaultJWTCallerPrincipal(claims))
            .addRole(Roles.COMPACT_ADMIN)
            .build());
    int[] loaded = {0};
    leases.runExclusively(
        "signatory-demo-data",
        () -> {
          for (DemoOrganisation demo : read().organisations()) {
            if (Organisation.count("name", demo.name()) == 0) {
              add(demo);
              loaded[0]++;
            }
          }
        });
    return loaded[0];
  }

  private void add(DemoOrganisation demo) {
    Organisation organisation =
        signatories.register(
            new OrganisationInput(
                demo.name(),
                demo.sector(),
                demo.kind(),
                null,
                demo.area(),
                null,
                demo.identifiers()));
    if (demo.signedOn() != null) {
      lifecycle.sign(
          organisation.id, Long.toString(organisation.version), demo.signedOn(), demo.signedBy());
    }
    for (DemoContact contact : demo.contacts()) {
      contacts.add(
          organisation.id,
          ContactDetails.of(
              contact.name(),
              contact.role(),
              contact.email(),
              contact.phone(),
              contact.receivesBriefings(),
              contact.compactChampion(),
              contact.showOnPublicRegister()));
    }
  }

  static DemoFile read() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE);
      }
      return mapper.readValue(in, DemoFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
