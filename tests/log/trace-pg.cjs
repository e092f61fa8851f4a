// Test helper (node --require): says on stderr when the PostgreSQL client is loaded (pg from
// node_modules, or the bundle's own chunk of it, dist/bundle/pg.cjs).
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'pg' || request === './pg.cjs') process.stderr.write('loaded pg\n');
  return load.call(this, request, ...rest);
};
