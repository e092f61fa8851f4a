// Test helper (node --require): says on stderr when the PostgreSQL client is loaded.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'pg' || request.startsWith('pg/')) process.stderr.write(`loaded ${request}\n`);
  return load.call(this, request, ...rest);
};
