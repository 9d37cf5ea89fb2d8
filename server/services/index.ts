import type { DataSource } from "typeorm";
import type { Engine } from "../../rules/engine/index.js";
import { Access } from "./access.js";
import { CatalogService } from "./catalog.service.js";
import { DocumentService } from "./document.service.js";
import type { ServerLimits } from "./limits.js";
import { inProcessRunner, type ScanRunner } from "../scan/runner.js";
import { ProfileService } from "./profile.service.js";
import { ScanService } from "./scan.service.js";
import { SuppressionService } from "./suppression.service.js";
import { AuditService } from "./audit.service.js";
import { AuthService } from "./auth.service.js";
import { DataService } from "./data.service.js";
import { WorkshopService } from "./workshop.service.js";
import { BatchService } from "../batch/batch.service.js";
import { inProcessQueue, type BatchQueue } from "../batch/queue.js";
import { createThrottles, type Throttles } from "./throttle.js";

export interface Services {
  access: Access;
  documents: DocumentService;
  scans: ScanService;
  profiles: ProfileService;
  suppressions: SuppressionService;
  catalog: CatalogService;
  audit: AuditService;
  auth: AuthService;
  workshops: WorkshopService;
  data: DataService;
  batches: BatchService;
  limits: ServerLimits;
  throttles: Throttles;
}

export function createServices(
  ds: DataSource,
  engine: Engine,
  limits: ServerLimits,
  runner: ScanRunner = inProcessRunner(engine),
  queue: BatchQueue = inProcessQueue(),
): Services {
  const access = new Access(ds);
  const documents = new DocumentService(ds, access, limits, runner);
  const profiles = new ProfileService(ds, engine);
  const audit = new AuditService(ds);
  const auth = new AuthService(ds, audit, { cacheMs: limits.authCacheMs });
  const scans = new ScanService(ds, engine, access, documents, profiles, limits, runner);
  return {
    access,
    documents,
    profiles,
    scans,
    batches: new BatchService(ds, access, scans, queue),
    suppressions: new SuppressionService(ds, access, audit),
    catalog: new CatalogService(engine),
    audit,
    auth,
    workshops: new WorkshopService(ds, auth, audit, engine),
    data: new DataService(ds, access, audit),
    limits,
    throttles: createThrottles({
      badTokens: limits.authFailuresPerMinute,
      signIns: limits.authFailuresPerMinute,
      joins: limits.authFailuresPerMinute,
      joinsPerCode: limits.joinsPerCodePerMinute,
    }),
  };
}
