// Preloaded (node --require) into every `next start` a browser test starts: the server exits when
// the test process that started it is gone, even if that process was killed before it could stop
// it (a Jest worker killed on timeout runs no afterAll and no exit handler).
const parent = process.ppid;
setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch {
    process.exit(1);
  }
}, 1000).unref();
