// Typed usage of the consultation-service client (type-checked by the build).
import { createApiClient, type Schemas } from "../generated/consultation-service.client";

/** The open-data outcomes feed: what each consultation decided ("you said, we did"). */
export async function decisions(baseUrl: string): Promise<Map<string, string>> {
  const { data, error } = await createApiClient(baseUrl).GET("/open-data/outcomes.json");
  if (error !== undefined || data === undefined) {
    throw new Error("the outcomes feed is unavailable");
  }
  const outcomes: Schemas["OpenDataOutcome"][] = data.outcomes ?? [];
  return new Map(
    outcomes.flatMap((o) =>
      o.consultation_id === undefined || o.outcome?.decided === undefined
        ? []
        : [[o.consultation_id, o.outcome.decided] as [string, string]],
    ),
  );
}

/** A council system pushes a result (typed request body). */
export async function pushResult(baseUrl: string, token: string, consultationId: string) {
  const result: Schemas["ResultRequest"] = {
    externalRef: "SDDC-C-2009-014",
    publishedOn: "2009-09-30",
    summary: "1,204 residents replied; community safety ranked first.",
    responseCount: 1204,
  };
  const { data, response } = await createApiClient(baseUrl, token).POST("/consultations/{id}/results", {
    params: { path: { id: consultationId } },
    body: result,
  });
  return { status: response.status, firstResult: data?.firstResult };
}

/** The public calendar for one month. */
export async function openThisMonth(baseUrl: string, month: string) {
  const { data } = await createApiClient(baseUrl).GET("/consultations", {
    params: { query: { month, status: ["OPEN"] } },
  });
  return data?.items?.map((c) => c.title) ?? [];
}
