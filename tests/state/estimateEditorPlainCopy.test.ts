import { describePlainCopy } from './editorPlainCopyCases';

describePlainCopy('Node');
