package io.tonearm.bootstrap;

/** The entry point of {@code java -jar tonearm.jar}: runs the command line and exits with its code. */
public final class Main {
    private static final String GUICE_BYTECODE_GENERATION = "guice_bytecode_gen_option";

    private Main() {
    }

    /**
     * Runs {@code tonearm} with the given arguments, then exits the process with one of the documented exit
     * codes ({@code tonearm --help} lists them).
     *
     * @param args the command line, such as {@code serve --config tonearm.conf}
     */
    public static void main(String[] args) {
        // Guice generates bytecode only for AOP, which Tonearm does not use, and doing so calls sun.misc.Unsafe,
        // which JDK 24+ warns about on every start. Off, unless whoever starts the JVM says otherwise.
        if (System.getProperty(GUICE_BYTECODE_GENERATION) == null) {
            System.setProperty(GUICE_BYTECODE_GENERATION, "DISABLED");
        }
        int code;
        try {
            code = Cli.create(System.getenv()).execute(args);
        } catch (Throwable e) {
            // picocli hands Errors on; exit anyway, or lingering non-daemon threads would keep the process alive.
            e.printStackTrace();
            code = ExitCodes.FAILED;
        }
        System.exit(code);
    }
}
