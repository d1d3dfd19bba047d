package org.compact.signatory;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails unexpectedly, to prove the catch-all hides internals. */
@Path("/test-only/boom")
public class FailingTestResource {
  @GET
  @PermitAll
  @Operation(hidden = true)
  public String boom() {
    throw new IllegalStateException("secret internal detail at db.password=hunter2");
  }
}
