import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { notFound, parseInput } from '@/lib/errors';
import { deleteAliasUseCase, setAliasUseCase } from '@/lib/registry/aliases';
import { deleteModelUseCase, deleteVersionUseCase } from '@/lib/registry/deletes';
import { createModelUseCase, renameModelUseCase, updateModelUseCase } from '@/lib/registry/models';
import { searchModelNames } from '@/lib/registry/name-search';
import { modelView, modelViews, versionView, versionViews } from '@/lib/registry/registry-views';
import { deleteModelTagUseCase, deleteVersionTagUseCase, setModelTagUseCase, setVersionTagUseCase } from '@/lib/registry/tags';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { searchVersionRefs } from '@/lib/registry/version-search';
import { createVersionUseCase, updateVersionUseCase } from '@/lib/registry/versions';
import { invalid } from './errors';
import { searchPage, type MlflowHandler } from './paging';
import { FROM_MLFLOW_STAGE, toMlflowModel, toMlflowVersion } from './registry-wire';
import { MODEL_SEARCH, VERSION_SEARCH } from './search-specs';
import { keyValue, keyValueList, toRecord } from './wire';

const named = z.object({ name: z.string() });
const versioned = z.object({ name: z.string(), version: z.coerce.number().int().positive() });

const modelWire = (actor: Actor, name: string) => toMlflowModel(modelView(actor, name));

const versionWire = (actor: Actor, name: string, version: number) => toMlflowVersion(versionView(actor, name, version));

const latestVersions: MlflowHandler = (actor, input) => {
  const { name, stages } = parseInput(named.extend({ stages: z.array(z.string()).optional() }), input, 'mlflow');
  const wanted = stages?.map((s) => s.toLowerCase());
  const versions = modelWire(actor, name).latest_versions.filter((v) => !wanted?.length || wanted.includes(v.current_stage.toLowerCase()));
  return { model_versions: versions };
};

const searchModels: MlflowHandler = (actor, input) => {
  const { items, next_page_token } = searchPage(input, MODEL_SEARCH, null, (query) => searchModelNames(actor, query));
  return { registered_models: modelViews(actor, items).map(toMlflowModel), next_page_token };
};

const searchVersions: MlflowHandler = (actor, input) => {
  const { items, next_page_token } = searchPage(input, VERSION_SEARCH, null, (query) => searchVersionRefs(actor, query));
  return { model_versions: versionViews(actor, items.map((ref) => ref.id)).map(toMlflowVersion), next_page_token };
};

const setAlias: MlflowHandler = (actor, input) => {
  const data = parseInput(versioned.extend({ alias: z.string() }), input, 'mlflow');
  setAliasUseCase(actor, data.name, { alias: data.alias, version: data.version });
  return {};
};

export const REGISTRY: Record<string, MlflowHandler> = {
  'POST registered-models/create': (actor, input) => {
    const data = parseInput(named.extend({ description: z.string().default(''), tags: keyValueList }), input, 'mlflow');
    // The name as stored: the use case trims it, and reading back the raw one would 404 after the commit.
    const created = createModelUseCase(actor, { name: data.name, description: data.description, taskType: 'other', tags: toRecord(data.tags) });
    return { registered_model: modelWire(actor, created.name) };
  },
  'GET registered-models/get': (actor, input) => ({ registered_model: modelWire(actor, parseInput(named, input, 'mlflow').name) }),
  'POST registered-models/rename': (actor, input) => {
    const data = parseInput(named.extend({ new_name: z.string() }), input, 'mlflow');
    return { registered_model: modelWire(actor, renameModelUseCase(actor, data.name, data.new_name).name) };
  },
  'PATCH registered-models/update': (actor, input) => {
    const data = parseInput(named.extend({ description: z.string() }), input, 'mlflow');
    updateModelUseCase(actor, data.name, { description: data.description });
    return { registered_model: modelWire(actor, data.name) };
  },
  'DELETE registered-models/delete': (actor, input) => {
    deleteModelUseCase(actor, parseInput(named, input, 'mlflow').name);
    return {};
  },
  'POST registered-models/search': searchModels,
  'POST registered-models/get-latest-versions': latestVersions,
  'GET registered-models/get-latest-versions': latestVersions,
  'POST registered-models/set-tag': (actor, input) => {
    const data = parseInput(named.extend(keyValue.shape), input, 'mlflow');
    setModelTagUseCase(actor, data.name, { key: data.key, value: data.value });
    return {};
  },
  'DELETE registered-models/delete-tag': (actor, input) => {
    const data = parseInput(named.extend({ key: z.string() }), input, 'mlflow');
    deleteModelTagUseCase(actor, data.name, data.key);
    return {};
  },
  'POST registered-models/alias': setAlias,
  'DELETE registered-models/alias': (actor, input) => {
    const data = parseInput(named.extend({ alias: z.string() }), input, 'mlflow');
    deleteAliasUseCase(actor, data.name, data.alias);
    return {};
  },
  'GET registered-models/alias': (actor, input) => {
    const data = parseInput(named.extend({ alias: z.string() }), input, 'mlflow');
    const target = modelView(actor, data.name).aliases.find((a) => a.alias === data.alias);
    if (!target) throw notFound('alias', `Model "${data.name}" has no alias "${data.alias}".`);
    return { model_version: versionWire(actor, data.name, target.version) };
  },
  'POST model-versions/create': (actor, input) => {
    const data = parseInput(named.extend({ source: z.string().optional(), run_id: z.string().optional(), description: z.string().default(''), tags: keyValueList }), input, 'mlflow');
    const ref = createVersionUseCase(actor, data.name, { sourceUri: data.source, runUuid: data.run_id || undefined, description: data.description, tags: toRecord(data.tags) });
    return { model_version: versionWire(actor, ref.modelName, ref.version) };
  },
  'GET model-versions/get': (actor, input) => {
    const data = parseInput(versioned, input, 'mlflow');
    return { model_version: versionWire(actor, data.name, data.version) };
  },
  'PATCH model-versions/update': (actor, input) => {
    const data = parseInput(versioned.extend({ description: z.string() }), input, 'mlflow');
    updateVersionUseCase(actor, data.name, data.version, { description: data.description });
    return { model_version: versionWire(actor, data.name, data.version) };
  },
  'DELETE model-versions/delete': (actor, input) => {
    const data = parseInput(versioned, input, 'mlflow');
    deleteVersionUseCase(actor, data.name, data.version);
    return {};
  },
  'POST model-versions/search': searchVersions,
  'POST model-versions/transition-stage': (actor, input) => {
    const data = parseInput(versioned.extend({ stage: z.string() }), input, 'mlflow');
    const stage = FROM_MLFLOW_STAGE[data.stage.toLowerCase()];
    if (!stage) throw invalid(`Unknown stage "${data.stage}"; use None, Staging, Production or Archived.`);
    transitionStageUseCase(actor, data.name, data.version, { stage });
    return { model_version: versionWire(actor, data.name, data.version) };
  },
  'GET model-versions/get-download-uri': (actor, input) => {
    const data = parseInput(versioned, input, 'mlflow');
    return { artifact_uri: versionView(actor, data.name, data.version).sourceUri ?? `models:/${data.name}/${data.version}` };
  },
  'POST model-versions/set-tag': (actor, input) => {
    const data = parseInput(versioned.extend(keyValue.shape), input, 'mlflow');
    setVersionTagUseCase(actor, data.name, data.version, { key: data.key, value: data.value });
    return {};
  },
  'DELETE model-versions/delete-tag': (actor, input) => {
    const data = parseInput(versioned.extend({ key: z.string() }), input, 'mlflow');
    deleteVersionTagUseCase(actor, data.name, data.version, data.key);
    return {};
  },
};
