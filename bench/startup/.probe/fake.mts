import { FakeSlackApi } from "../../../src/console/fake-slack-api.js";
const f = await new FakeSlackApi().start(45911);
console.log(f.apiUrl);
setInterval(() => undefined, 60_000);
