import { CitadelAppView } from '@citadel/ui';
import { defineElements } from '../shared/define-elements.js';

/** Registers the kit's `<citadel-app-view>`, which frames an open mini-app; safe to call more than once. */
export const defineAppView = (): void => defineElements({ 'citadel-app-view': CitadelAppView });
