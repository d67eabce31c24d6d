package io.tonearm.adapters.persistence.media;

import io.tonearm.domain.media.UnusableCoverException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Decodes and scales cover images. The header's size is read before anything is decoded, so an image declaring
 * more than the pixel limit (a decompression bomb) costs no memory; a decoder's warning (a truncated JPEG) counts
 * as a corrupt image.
 */
final class CoverImages {

    /** An image ready to keep: its bytes and their format ({@code jpg}, {@code png} or {@code gif}). */
    record Encoded(byte[] bytes, String extension) {
    }

    private final long maxPixels;

    CoverImages(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * @param source  the image file's bytes
     * @param maxSize the longest side wanted, or 0 for the original
     * @param name    what to call the image in a refusal
     * @return the original bytes when they fit and are JPEG, PNG or GIF; else the image scaled (never up) and
     *     encoded as JPEG (from a JPEG) or PNG
     * @throws UnusableCoverException if the image is corrupt, of no readable format or too large
     */
    Encoded prepare(byte[] source, int maxSize, String name) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(source))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnusableCoverException(name + " is not an image of a readable format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > maxPixels) {
                    throw new UnusableCoverException(name + " declares " + width + " x " + height
                            + " pixels, more than the limit of " + maxPixels);
                }
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                AtomicReference<String> warning = new AtomicReference<>();
                reader.addIIOReadWarningListener((r, message) -> warning.compareAndSet(null, message));
                BufferedImage image = reader.read(0);
                if (warning.get() != null) {
                    throw new UnusableCoverException(name + " is corrupt: " + warning.get());
                }
                String extension = extension(format);
                boolean fits = maxSize == 0 || Math.max(width, height) <= maxSize;
                if (fits && extension != null) {
                    return new Encoded(source, extension);
                }
                String output = "jpg".equals(extension) ? "jpg" : "png";
                return new Encoded(encode(image, fits ? 0 : maxSize, output), output);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnusableCoverException unusable) {
                throw unusable;
            }
            throw new UnusableCoverException(name + " cannot be decoded: " + e.getMessage());
        }
    }

    private static byte[] encode(BufferedImage image, int maxSize, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).outputFormat(format);
        if (maxSize == 0) {
            builder.scale(1.0);
        } else {
            builder.size(maxSize, maxSize); // keeps the aspect ratio: the longest side becomes maxSize
        }
        if (format.equals("jpg")) {
            builder.outputQuality(0.9);
        }
        builder.toOutputStream(out);
        return out.toByteArray();
    }

    /** @return the extension a browser shows as it is, or null for a format to convert */
    private static String extension(String format) {
        return switch (format) {
            case "jpeg", "jpg" -> "jpg";
            case "png" -> "png";
            case "gif" -> "gif";
            default -> null;
        };
    }
}
