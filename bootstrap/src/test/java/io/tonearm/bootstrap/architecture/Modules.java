package io.tonearm.bootstrap.architecture;

/** The root package of each Maven module, as ArchUnit package patterns ({@code ..} = with sub-packages). */
final class Modules {
    static final String ROOT = "io.tonearm..";
    static final String DOMAIN = "io.tonearm.domain..";
    static final String PORTS = "io.tonearm.domain.port..";
    static final String APPLICATION = "io.tonearm.application..";
    static final String ADAPTERS = "io.tonearm.adapters..";
    static final String BOOTSTRAP = "io.tonearm.bootstrap..";

    private Modules() {
    }
}
