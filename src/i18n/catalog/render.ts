// Messages of the render area, in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the render area. */
export const renderMessages = defineMessages({});
