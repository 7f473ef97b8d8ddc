package org.gloss.quality;

/** How a reader reaches the site: from a web server, or opened straight from disk. */
enum Origin {
    HTTP, FILE
}
