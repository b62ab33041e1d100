// <option> lists for the application vocabularies (shared by forms and filters).
import { ROLE_TYPES, ROLE_TYPE_LABELS, SOURCES, SOURCE_LABELS, WORK_MODES, WORK_MODE_LABELS } from "@/lib/domain/application-fields";
import { APPLICATION_STAGES, APPLICATION_STAGE_LABELS } from "@/lib/domain/applications";

export const ROLE_TYPE_OPTIONS = ROLE_TYPES.map((v) => ({ value: v, label: ROLE_TYPE_LABELS[v] }));
export const WORK_MODE_OPTIONS = WORK_MODES.map((v) => ({ value: v, label: WORK_MODE_LABELS[v] }));
export const SOURCE_OPTIONS = SOURCES.map((v) => ({ value: v, label: SOURCE_LABELS[v] }));
export const STAGE_OPTIONS = APPLICATION_STAGES.map((v) => ({ value: v, label: APPLICATION_STAGE_LABELS[v] }));
