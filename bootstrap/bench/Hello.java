// The bare framework for bootstrap/bench/http-ratio.sh: Javalin (the same jar and version as Tonearm's) answering
// "Hello" on GET /hello, with Javalin's defaults. Run as a single-file source program on Tonearm's class path:
//   java -cp bootstrap/target/tonearm.jar bootstrap/bench/Hello.java PORT
import io.javalin.Javalin;

public class Hello {
    public static void main(String[] args) {
        Javalin.create(config -> config.showJavalinBanner = false)
                .get("/hello", ctx -> ctx.result("Hello"))
                .start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
