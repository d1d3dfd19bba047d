// Typed usage of the signatory-service client: type-checked by the build, so a contract change that
// breaks these calls fails it. Also a short example for the frontend team and partners.
import { createApiClient, type Schemas } from "../generated/signatory-service.client";

/** The open-data register (no token): org-id identifiers of registered charities. */
export async function registeredCharityOrgIds(baseUrl: string): Promise<string[]> {
  const { data, error } = await createApiClient(baseUrl).GET("/open-data/organisations.json");
  if (error !== undefined || data === undefined) {
    throw new Error("the open-data register is unavailable");
  }
  const organisations: Schemas["OpenDataOrganisation"][] = data.organizations ?? [];
  const licence: string | undefined = data.metadata?.license?.url;
  console.debug(`register under ${licence ?? "an unknown licence"}`);
  return organisations
    .filter((o) => o.legal_status === "Registered charity")
    .flatMap((o) => (o.org_id === undefined ? [] : [o.org_id]));
}

/** A page of the public register filtered by sector. */
export async function signedInSector(baseUrl: string, sector: string): Promise<number> {
  const { data } = await createApiClient(baseUrl).GET("/register", {
    params: { query: { sector, page: "0", size: "50" } },
  });
  return data?.total ?? 0;
}

/** One organisation, with a partner's token (path parameter typed). */
export async function organisationName(baseUrl: string, token: string, id: string) {
  const { data } = await createApiClient(baseUrl, token).GET("/signatories/{id}", {
    params: { path: { id } },
  });
  const name: string | undefined = data?.name;
  return name;
}
