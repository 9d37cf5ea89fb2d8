import type { DataSource } from "typeorm";
import type { Engine } from "../../rules/engine/run/engine.js";
import { Access } from "./access.js";
import { CatalogService } from "./catalog.service.js";
import { DocumentService } from "./document.service.js";
import type { ServerLimits } from "./limits.js";
import { ProfileService } from "./profile.service.js";
import { ScanService } from "./scan.service.js";
import { SuppressionService } from "./suppression.service.js";

export interface Services {
  access: Access;
  documents: DocumentService;
  scans: ScanService;
  profiles: ProfileService;
  suppressions: SuppressionService;
  catalog: CatalogService;
  limits: ServerLimits;
}

export function createServices(ds: DataSource, engine: Engine, limits: ServerLimits): Services {
  const access = new Access(ds);
  const documents = new DocumentService(ds, access, limits);
  const profiles = new ProfileService(ds, engine);
  return {
    access,
    documents,
    profiles,
    scans: new ScanService(ds, engine, access, documents, profiles, limits),
    suppressions: new SuppressionService(ds, access),
    catalog: new CatalogService(engine),
    limits,
  };
}
