// The package's main entry: registers every element (the one module with side effects) and re-exports
// the classes and the engine for typed use.
import { define } from './internal/define.js';
import { SmeReadiness } from './components/readiness/readiness.js';

define('sme-readiness', SmeReadiness);

export { SmeReadiness };
export { VERSION } from './version.js';
