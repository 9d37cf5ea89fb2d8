// Who is asking: the one type every service takes. Its own file, so services need not import the request
// context (which lists the services) and the server has no import cycle.

export type Role = "admin" | "trainer" | "member" | "participant" | "anonymous";

/** Who is asking. Every service call is scoped to the viewer. */
export interface Viewer {
  id: string;
  name: string;
  role: Role;
  /** Set for workshop participants (their token is scoped to the workshop). */
  workshopId?: string | null;
}

/** A request without a valid token: may read the public catalogue (rules, sources), nothing else. */
export const ANONYMOUS: Viewer = { id: "anonymous", name: "anonymous", role: "anonymous" };

/** For tests and tools that act as one local user. */
export const LOCAL_VIEWER: Viewer = { id: "00000000-0000-4000-8000-000000000000", name: "local", role: "admin" };
