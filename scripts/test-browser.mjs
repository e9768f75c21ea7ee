// STUB until the playground issue lands: the browser tests.
console.log('browser tests: not written yet');
