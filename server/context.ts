import type { DataSource } from "typeorm";
import type { Engine } from "../rules/engine/index.js";
import type { Services } from "./services/index.js";
import type { Viewer } from "./viewer.js";

export { ANONYMOUS, LOCAL_VIEWER, type Role, type Viewer } from "./viewer.js";

export interface Context {
  ds: DataSource;
  engine: Engine;
  services: Services;
  viewer: Viewer;
  /** The client's address (for throttling failed sign-ins and joins); "local" outside HTTP. */
  address?: string;
  /** The request carried a token that is unknown, revoked or expired (the viewer is then anonymous). */
  badToken?: boolean;
}
