package org.freelance.portal.review.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the pre-review on a plain-text contract without starting the portal and prints the result as
 * JSON: {@code java -cp portal-domain/target/portal-domain-<version>.jar
 * org.freelance.portal.review.analysis.ContractAnalyzerCli contract.txt}. Exit code 2 on bad usage,
 * 1 when the file cannot be read.
 */
public final class ContractAnalyzerCli {

    private ContractAnalyzerCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: ContractAnalyzerCli <contract.txt>");
            return 2;
        }
        String text;
        try {
            text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot read " + args[0] + ": " + e.getMessage());
            return 1;
        }
        out.print(PreReviewJson.write(new ContractAnalyzer().analyze(text)));
        return 0;
    }
}
