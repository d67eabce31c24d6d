// A cover image for bootstrap/bench/stream-ratio.sh: a JPEG of SIZE x SIZE pixels of noise (noise, so that decoding
// and scaling cost what a photograph's do, not what a flat colour's do).
//   java bootstrap/bench/CoverImage.java FILE SIZE
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

public class CoverImage {
    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[1]);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, (x * 255 / size) << 16 | (y * 255 / size) << 8 | random.nextInt(64));
            }
        }
        ImageIO.write(image, "jpg", new File(args[0]));
    }
}
