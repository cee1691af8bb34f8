// The floor: the least work any relay must do, written as directly as node:http allows.
// Read the body, POST it as a repository_dispatch JSON to GitHub over a keep-alive pool, answer 200.
// No validation, no envelope headers, no logging: what is left is the cost of the job itself.
// Usage: node bench/floor.mjs --upstream http://127.0.0.1:<fake> [--port 0]
import { serveFloor } from './floor-server.mjs';

serveFloor();
