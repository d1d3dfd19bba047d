// Typed usage of the reporting-service client (type-checked by the build).
import { createApiClient, type Schemas } from "../generated/reporting-service.client";

/** The Annual Compact Report of a year. */
export async function reportLabel(baseUrl: string, year: string): Promise<string | undefined> {
  const { data } = await createApiClient(baseUrl).GET("/reports/{year}", {
    params: { path: { year } },
  });
  const report: Schemas["AnnualReport"] | undefined = data;
  return report?.label;
}
