package org.gloss.bench;

/** A quotation several outlets print: who said it, their role, and the words as first said. */
record Statement(String speaker, String role, String text) {

    String firstName() {
        return speaker.substring(0, speaker.indexOf(' '));
    }

    String surname() {
        return speaker.substring(speaker.lastIndexOf(' ') + 1);
    }
}
