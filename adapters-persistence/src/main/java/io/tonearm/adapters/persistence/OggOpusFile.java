package io.tonearm.adapters.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and rewrites the two header packets of an Ogg Opus file (RFC 7845): {@code OpusHead} and the
 * {@code OpusTags} comment packet, which is a Vorbis comment without framing bit. jaudiotagger 3.0.1 reads
 * Ogg Vorbis but not Opus, so this small part is ours; parsing the comments themselves is left to
 * jaudiotagger's Vorbis comment reader.
 */
final class OggOpusFile {
    /** Opus always decodes at 48 kHz; granule positions count 48 kHz samples. */
    static final int SAMPLE_RATE = 48_000;

    private static final byte[] CAPTURE = "OggS".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPUS_HEAD = "OpusHead".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPUS_TAGS = "OpusTags".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_PAGE = 27 + 255 + 255 * 255;

    /**
     * The facts of an Opus stream.
     *
     * @param preSkip      samples to drop at the start
     * @param comments     the Vorbis comment block of the OpusTags packet, without the "OpusTags" magic
     * @param lastGranule  the granule position of the stream's last page
     */
    record Headers(int preSkip, byte[] comments, long lastGranule) {
        double seconds() {
            return Math.max(0, lastGranule - preSkip) / (double) SAMPLE_RATE;
        }
    }

    private record Page(int headerType, long granule, int serial, int sequence, int[] lacing, byte[] data) {
        byte[] toBytes() {
            ByteBuffer page = ByteBuffer.allocate(27 + lacing.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
            page.put(CAPTURE).put((byte) 0).put((byte) headerType).putLong(granule).putInt(serial)
                    .putInt(sequence).putInt(0).put((byte) lacing.length);
            for (int value : lacing) {
                page.put((byte) value);
            }
            page.put(data);
            byte[] bytes = page.array();
            int crc = OggCrc.of(bytes);
            ByteBuffer.wrap(bytes, 22, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(crc);
            return bytes;
        }
    }

    private OggOpusFile() {
    }

    /** @throws IOException if the file is not a complete Ogg Opus stream */
    static Headers read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 16 * 1024)) {
            HeaderPackets headers = readHeaderPackets(in);
            return new Headers(headers.preSkip, headers.comments, lastGranule(file, headers.serial));
        }
    }

    /**
     * @return the bytes of the audio packets: every page after the header packets, each read whole
     * @throws IOException if the stream is not Ogg Opus or ends inside a page
     */
    static long audioBytes(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            readHeaderPackets(in);
            long bytes = 0;
            Page page;
            while ((page = readPage(in, true)) != null) {
                bytes += page.data.length;
            }
            return bytes;
        }
    }

    /**
     * Replaces the comment packet, writing the whole stream to {@code target}; the audio pages are copied,
     * renumbered (and their checksums recomputed) only if the new comments need a different number of pages.
     */
    static void rewrite(Path source, Path target, byte[] newComments) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source), 64 * 1024);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024)) {
            HeaderPackets headers = readHeaderPackets(in);
            out.write(headers.headPage.toBytes());
            byte[] packet = concat(OPUS_TAGS, newComments);
            List<Page> tagPages = paginate(packet, headers.serial, 1);
            for (Page page : tagPages) {
                out.write(page.toBytes());
            }
            int shift = 1 + tagPages.size() - headers.nextSequence;
            Page page;
            while ((page = readPage(in, true)) != null) {
                if (shift == 0) {
                    out.write(page.toBytes());
                } else {
                    out.write(new Page(page.headerType, page.granule, page.serial, page.sequence + shift,
                            page.lacing, page.data).toBytes());
                }
            }
        }
    }

    private static final class HeaderPackets {
        Page headPage;
        int serial;
        int preSkip;
        byte[] comments;
        int nextSequence;
    }

    private static HeaderPackets readHeaderPackets(InputStream in) throws IOException {
        HeaderPackets result = new HeaderPackets();
        Page head = readPage(in, false);
        if (head == null || head.data.length < 19 || !startsWith(head.data, OPUS_HEAD)) {
            throw new IOException("not an Ogg Opus stream (no OpusHead packet)");
        }
        result.headPage = head;
        result.serial = head.serial;
        result.preSkip = ByteBuffer.wrap(head.data, 10, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
        ByteArrayOutputStream tags = new ByteArrayOutputStream();
        boolean complete = false;
        int sequence = head.sequence + 1;
        while (!complete) {
            Page page = readPage(in, false);
            if (page == null) {
                throw new EOFException("truncated: the stream ends inside the OpusTags packet");
            }
            sequence = page.sequence + 1;
            tags.write(page.data);
            complete = page.lacing.length > 0 && page.lacing[page.lacing.length - 1] < 255;
            if (tags.size() > 16 * 1024 * 1024) {
                throw new IOException("OpusTags packet larger than 16 MB");
            }
        }
        byte[] packet = tags.toByteArray();
        if (!startsWith(packet, OPUS_TAGS)) {
            throw new IOException("not an Ogg Opus stream (no OpusTags packet)");
        }
        result.comments = Arrays.copyOfRange(packet, OPUS_TAGS.length, packet.length);
        result.nextSequence = sequence;
        return result;
    }

    /** @return the next page, or null at a clean end of the stream when {@code endAllowed} */
    private static Page readPage(InputStream in, boolean endAllowed) throws IOException {
        byte[] header = in.readNBytes(27);
        if (header.length == 0 && endAllowed) {
            return null;
        }
        if (header.length < 27) {
            throw new EOFException("truncated Ogg page");
        }
        if (!startsWith(header, CAPTURE)) {
            throw new IOException("not an Ogg stream (bad page capture pattern)");
        }
        ByteBuffer fields = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int segments = header[26] & 0xFF;
        byte[] lacingBytes = in.readNBytes(segments);
        if (lacingBytes.length < segments) {
            throw new EOFException("truncated Ogg page");
        }
        int[] lacing = new int[segments];
        int length = 0;
        for (int i = 0; i < segments; i++) {
            lacing[i] = lacingBytes[i] & 0xFF;
            length += lacing[i];
        }
        byte[] data = in.readNBytes(length);
        if (data.length < length) {
            throw new EOFException("truncated Ogg page");
        }
        return new Page(header[5] & 0xFF, fields.getLong(6), fields.getInt(14), fields.getInt(18), lacing, data);
    }

    private static List<Page> paginate(byte[] packet, int serial, int firstSequence) {
        List<Page> pages = new ArrayList<>();
        int offset = 0;
        boolean continued = false;
        int sequence = firstSequence;
        while (true) {
            int remaining = packet.length - offset;
            int segments = Math.min(255, remaining / 255 + 1);
            boolean last = remaining / 255 + 1 <= 255;
            int[] lacing = new int[segments];
            int size = 0;
            for (int i = 0; i < segments; i++) {
                lacing[i] = Math.min(255, remaining - size);
                size += lacing[i];
            }
            byte[] data = Arrays.copyOfRange(packet, offset, offset + size);
            // Header pages carry granule position 0 (RFC 7845 section 5.2).
            pages.add(new Page(continued ? 1 : 0, 0, serial, sequence++, lacing, data));
            offset += size;
            continued = true;
            if (last) {
                return pages;
            }
        }
    }

    private static long lastGranule(Path file, int serial) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int length = (int) Math.min(size, MAX_PAGE);
            ByteBuffer tail = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(size - length);
            while (tail.hasRemaining() && channel.read(tail) > 0) {
                // fill the buffer
            }
            byte[] bytes = tail.array();
            for (int at = length - 27; at >= 0; at--) {
                if (bytes[at] == 'O' && bytes[at + 1] == 'g' && bytes[at + 2] == 'g' && bytes[at + 3] == 'S'
                        && bytes[at + 4] == 0 && tail.getInt(at + 14) == serial) {
                    long granule = tail.getLong(at + 6);
                    if (granule != -1) {
                        return granule;
                    }
                }
            }
            throw new EOFException("truncated: no final Ogg page with a granule position");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** The Ogg page checksum: CRC-32 with polynomial 0x04C11DB7, not reflected, initial value 0. */
    private static final class OggCrc {
        private static final int[] TABLE = table();

        private OggCrc() {
        }

        static int of(byte[] bytes) {
            int crc = 0;
            for (byte b : bytes) {
                crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ b) & 0xFF];
            }
            return crc;
        }

        private static int[] table() {
            int[] table = new int[256];
            for (int i = 0; i < 256; i++) {
                int r = i << 24;
                for (int bit = 0; bit < 8; bit++) {
                    r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
                }
                table[i] = r;
            }
            return table;
        }
    }
}
