import { describeReactWrappers } from './react-wrapper-suite.js';

// React 19, the version the package's development installs.
await describeReactWrappers(19, '/test-react/react-bundle.js');
