export { splitSentences, type Sentence } from './sentences.js';
