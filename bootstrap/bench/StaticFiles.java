// The framework's own static-file handler for bootstrap/bench/stream-ratio.sh: Javalin (the same jar and version as
// Tonearm's) serving a directory with its defaults (Jetty's resource handler underneath), no sign-in. Run as a
// single-file source program on Tonearm's class path:
//   java -cp bootstrap/target/tonearm.jar bootstrap/bench/StaticFiles.java PORT DIRECTORY
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

public class StaticFiles {
    public static void main(String[] args) {
        Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/files";
                files.directory = args[1];
                files.location = Location.EXTERNAL;
            });
        }).start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
