/**
 * The CMS entry: Decap bundled with the site (no CDN), started with the configuration the build
 * generates from src/schema next to this page (config.yml).
 */
import CMS from 'decap-cms-app';

CMS.init();
