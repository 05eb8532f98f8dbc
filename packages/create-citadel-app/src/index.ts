// `npm create citadel-app`, as functions (issue 15): the bin asks and prints; these write the project.
export { createApp, type CreateAppOptions, type CreatedApp } from './create-app.js';
export { CreateAppError, isCreateAppError, type CreateAppErrorCode } from './create-error.js';
export { appIdProblem, checkAppId, appIdFromFolder, appNameOf } from './app-id.js';
export { TEMPLATES, checkTemplate, type Template } from './templates.js';
export { DEPENDENCY_VERSIONS, type ThirdPartyPackage } from './dependency-versions.js';
export { readLocalPackages } from './local-packages.js';
export { projectPackageJson, type ProjectPackageOptions } from './package-json.js';
export { nextSteps } from './next-steps.js';
export { runCreate, type CreateContext } from './program.js';
