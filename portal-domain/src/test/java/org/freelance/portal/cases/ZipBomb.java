package org.freelance.portal.cases;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a real ZIP bomb in a few milliseconds: entries of zeros whose deflate stream is one flushed
 * block of a megabyte of zeros (about a kilobyte) repeated, so each entry inflates about a thousand
 * times, with correct CRCs, sizes and central directory.
 */
final class ZipBomb {

    private static final int MB = 1024 * 1024;

    private ZipBomb() {
    }

    /** {@code entries} files of {@code megabytesEach} MB of zeros each. */
    static byte[] of(String[] names, int megabytesEach) {
        byte[] block = flushedZeros();
        long size = (long) megabytesEach * MB;
        long crc = crcOfZeros(megabytesEach);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (String name : names) {
            byte[] fileName = name.getBytes(StandardCharsets.UTF_8);
            long compressed = (long) block.length * megabytesEach + 2;
            int offset = zip.size();
            zip.writeBytes(header(0x04034b50, false, fileName, crc, compressed, size, 0));
            zip.writeBytes(fileName);
            for (int i = 0; i < megabytesEach; i++) {
                zip.writeBytes(block);
            }
            zip.writeBytes(new byte[] {3, 0}); // the final, empty, fixed-Huffman block
            central.writeBytes(header(0x02014b50, true, fileName, crc, compressed, size, offset));
            central.writeBytes(fileName);
        }
        int centralOffset = zip.size();
        zip.writeBytes(central.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) names.length)
                .putShort((short) names.length).putInt(central.size()).putInt(centralOffset).putShort((short) 0);
        zip.writeBytes(end.array());
        return zip.toByteArray();
    }

    private static byte[] header(int signature, boolean central, byte[] name, long crc, long compressed, long size,
            int offset) {
        ByteBuffer b = ByteBuffer.allocate(central ? 46 : 30).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(signature);
        if (central) {
            b.putShort((short) 20);
        }
        b.putShort((short) 20).putShort((short) 0x0800).putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
                .putInt((int) crc).putInt((int) compressed).putInt((int) size).putShort((short) name.length)
                .putShort((short) 0);
        if (central) {
            b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
        }
        return b.array();
    }

    /** A megabyte of zeros deflated and flushed to a byte boundary, so that copies of it follow each other. */
    private static byte[] flushedZeros() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[MB]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buffer, 0, n);
        }
        deflater.end();
        return out.toByteArray();
    }

    private static long crcOfZeros(int megabytes) {
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[MB];
        for (int i = 0; i < megabytes; i++) {
            crc.update(zeros);
        }
        return crc.getValue();
    }
}
