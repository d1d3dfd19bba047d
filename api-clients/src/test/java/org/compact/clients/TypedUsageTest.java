package org.compact.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.compact.clients.actionplan.api.PlansApi;
import org.compact.clients.actionplan.model.Plan;
import org.compact.clients.consultation.api.OpenDataApi;
import org.compact.clients.consultation.model.OutcomesDataset;
import org.compact.clients.dispute.api.PublicApi;
import org.compact.clients.dispute.model.Figures;
import org.compact.clients.reporting.api.AnnualReportsApi;
import org.compact.clients.reporting.model.AnnualReport;
import org.compact.clients.signatory.ApiClient;
import org.compact.clients.signatory.model.OpenDataOrganisation;
import org.compact.clients.signatory.model.OrganisationsDataset;
import org.junit.jupiter.api.Test;

/**
 * The generated clients as a partner would use them: typed calls that compile only while the
 * contracts keep these operations and types, and one real HTTP round trip through the Java client.
 */
class TypedUsageTest {
  static final String DATASET =
      """
      {"metadata":{"title":"Signatories of the Stafford Borough Compact",
        "license":{"id":"OGL-UK-3.0","name":"Open Government Licence v3.0",
          "url":"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"},
        "generated_at":"2026-05-04T09:30:00Z","record_count":1},
       "organizations":[{"id":"5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c","name":"SDVS",
         "url":null,"legal_status":"Registered charity","org_id":"GB-CHC-1123456",
         "identifiers":[{"scheme":"GB-CHC","identifier":"1123456","org_id":"GB-CHC-1123456"}],
         "signed_on":"2009-04-01","has_compact_champion":true,"a_field_added_later":1}]}
      """;

  @Test
  void theSignatoryClientReadsTheOpenDataRegisterOverHttp() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/open-data/organisations.json",
        exchange -> {
          byte[] body = DATASET.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      ApiClient client = new ApiClient();
      client.updateBaseUri("http://127.0.0.1:" + server.getAddress().getPort());

      OrganisationsDataset dataset =
          new org.compact.clients.signatory.api.OpenDataApi(client).openDataOrganisationsJsonGet();

      assertThat(dataset.getMetadata().getLicense().getId()).isEqualTo("OGL-UK-3.0");
      assertThat(dataset.getMetadata().getRecordCount()).isEqualTo(1);
      OpenDataOrganisation organisation = dataset.getOrganizations().get(0);
      assertThat(organisation.getOrgId()).isEqualTo("GB-CHC-1123456");
      assertThat(organisation.getLegalStatus()).isEqualTo("Registered charity");
      assertThat(organisation.getSignedOn()).isEqualTo(LocalDate.of(2009, 4, 1));
      assertThat(organisation.getIdentifiers().get(0).getScheme()).isEqualTo("GB-CHC");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void everyServiceClientOffersItsTypedOperations() throws NoSuchMethodException {
    assertThat(OpenDataApi.class.getMethod("openDataOutcomesJsonGet").getReturnType())
        .isEqualTo(OutcomesDataset.class);
    assertThat(PlansApi.class.getMethod("plansPlanIdGet", java.util.UUID.class).getReturnType())
        .isEqualTo(Plan.class);
    assertThat(PublicApi.class.getMethod("disputeStatisticsGet", String.class).getReturnType())
        .isEqualTo(Figures.class);
    assertThat(AnnualReportsApi.class.getMethod("reportsYearGet", String.class).getReturnType())
        .isEqualTo(AnnualReport.class);
    assertThat(List.of(new PlansApi(), new PublicApi(), new AnnualReportsApi(), new OpenDataApi()))
        .allSatisfy(api -> assertThat(api).isNotNull());
  }
}
