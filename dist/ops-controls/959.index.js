"use strict";
exports.id = 959;
exports.ids = [959];
exports.modules = {

/***/ 93959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadArtifact: () => (/* binding */ uploadArtifact)
/* harmony export */ });
// Uploads workflow artifacts through the runner's artifact service. Kept apart
// from the action kit so that only the actions that publish reports (audit,
// ops-controls, the gate) carry the artifact client, and loaded only on a runner.
//
// @actions/artifact 2.x (CommonJS) rather than 6.x: ncc mis-bundles the ESM
// build of @azure/storage-common that 6.x pulls in (its createRequire shim
// becomes "crc64_require is not a function" at upload time). See
// docs/decisions/0003-artifact-client.md.
async function uploadArtifact(name, files, rootDir, env = process.env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return { uploaded: false, reason: 'not running on a GitHub runner (no artifact service); the files stay on disk' };
    }
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 846).then(__webpack_require__.t.bind(__webpack_require__, 76846, 23));
    const client = new DefaultArtifactClient();
    const { id, size } = await client.uploadArtifact(name, files, rootDir, { retentionDays: 90 });
    return { uploaded: true, reason: `artifact id ${id ?? 'unknown'}, ${size ?? 0} bytes` };
}


/***/ })

};
;