package io.tonearm.adapters.http.listening;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;

/**
 * {@code length} bytes of a file from {@code position}, as a channel that ends after them. Reads are positional,
 * so the file's own position is never moved. Closing it closes the file.
 */
final class FileRegion implements ReadableByteChannel {
    private final FileChannel file;
    private long position;
    private long remaining;

    FileRegion(FileChannel file, long position, long length) {
        this.file = file;
        this.position = position;
        this.remaining = length;
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int limit = destination.limit();
        if (destination.remaining() > remaining) {
            destination.limit(destination.position() + (int) remaining);
        }
        int read;
        try {
            read = file.read(destination, position);
        } finally {
            destination.limit(limit);
        }
        if (read < 0) {
            // the file shrank under us: end here, and the server cuts the response short of its Content-Length
            // rather than send other bytes
            remaining = 0;
            return -1;
        }
        position += read;
        remaining -= read;
        return read;
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
