// Replaced by the end-to-end harness (issue 9): builds the app and serves it on localhost.
export default function setup(): void {}
