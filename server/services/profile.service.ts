import type { DataSource } from "typeorm";
import { resolveRules, RuleDataError, type Engine, type Profile, type RuleSetting } from "../../rules/engine/index.js";
import type { Viewer } from "../viewer.js";
import { ProfileEntity } from "../entities/profile.entity.js";
import { badInput, notFound } from "../errors.js";

export interface ProfileData {
  name: string;
  description?: string | null;
  preset?: string | null;
  modules: Array<{ module: string; enabled: boolean }>;
  rules: Array<{ ruleId: string; enabled: boolean; severity?: string | null; options?: Record<string, unknown> | null }>;
}

export class ProfileService {
  constructor(
    private readonly ds: DataSource,
    private readonly engine: Engine,
  ) {}

  async get(viewer: Viewer, id: string): Promise<ProfileEntity> {
    const p = await this.ds.getRepository(ProfileEntity).findOneBy({ id });
    if (!p || p.ownerId !== viewer.id) throw notFound("Profiel", id);
    return p;
  }

  list(viewer: Viewer, offset: number, limit: number): Promise<[ProfileEntity[], number]> {
    return this.ds.getRepository(ProfileEntity).findAndCount({ where: { ownerId: viewer.id }, order: { name: "ASC", id: "ASC" }, skip: offset, take: limit });
  }

  async create(viewer: Viewer, data: ProfileData): Promise<ProfileEntity> {
    const fields = this.validate(data);
    const repo = this.ds.getRepository(ProfileEntity);
    return repo.save(repo.create({ ...fields, ownerId: viewer.id }));
  }

  async update(viewer: Viewer, id: string, data: ProfileData): Promise<ProfileEntity> {
    const p = await this.get(viewer, id);
    Object.assign(p, this.validate(data));
    return this.ds.getRepository(ProfileEntity).save(p);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const p = await this.get(viewer, id);
    await this.ds.getRepository(ProfileEntity).delete(p.id);
    return true;
  }

  toEngineProfile(p: ProfileEntity): Profile {
    return { name: p.name, ...(p.preset ? { preset: p.preset } : {}), modules: p.modules, rules: p.rules };
  }

  /** Checks rule ids, module ids and the preset against the loaded modules. */
  private validate(data: ProfileData) {
    const modules = Object.fromEntries(data.modules.map((m) => [m.module, m.enabled]));
    const rules: Record<string, RuleSetting> = {};
    for (const r of data.rules) {
      rules[r.ruleId] = !r.enabled ? "off" : { enabled: true, ...(r.severity ? { severity: r.severity as never } : {}), ...(r.options ? { options: r.options } : {}) };
    }
    const profile: Profile = { name: data.name, ...(data.preset ? { preset: data.preset } : {}), modules, rules };
    if (data.preset && !this.engine.modules.some((m) => data.preset! in m.presets)) {
      throw badInput(`Onbekende preset "${data.preset}". / Unknown preset "${data.preset}".`, "preset");
    }
    try {
      resolveRules(this.engine.modules, profile);
    } catch (e) {
      if (e instanceof RuleDataError) throw badInput(e.problem, e.field);
      throw e;
    }
    return { name: data.name.trim(), description: data.description ?? null, preset: data.preset ?? null, modules, rules };
  }
}
