#!/usr/bin/env node
// The `ntm` command. It lives outside dist/ so that `npm ci` in a clone of the repository links it before anything is
// built; it runs the build, and says how to make one when there is none yet.
import('../dist/bin.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bin.js')) {
    console.error(
      'ntm chưa được dựng: chạy "npm run build" ở thư mục gốc của kho mã.\n' +
        'ntm is not built yet: run "npm run build" at the root of the repository.',
    );
    process.exitCode = 1;
    return;
  }
  throw error;
});
