// Messages of the build area, in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the build area. */
export const buildMessages = defineMessages({});
