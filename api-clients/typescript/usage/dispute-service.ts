// Typed usage of the dispute-service client (type-checked by the build).
import { createApiClient, type Schemas } from "../generated/dispute-service.client";

/** Anonymised public statistics of a review year. */
export async function disputesOpened(baseUrl: string, reviewYear: string): Promise<number> {
  const { data } = await createApiClient(baseUrl).GET("/dispute-statistics", {
    params: { query: { reviewYear } },
  });
  const figures: Schemas["Figures"] | undefined = data;
  return figures?.opened ?? 0;
}
