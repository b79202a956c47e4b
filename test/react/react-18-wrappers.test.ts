import { describeReactWrappers } from './react-wrapper-suite.js';

// React 18, which package.json's peer range promises too (test/react/react-18 installs it).
await describeReactWrappers(18, '/test-react/react-18-bundle.js');
