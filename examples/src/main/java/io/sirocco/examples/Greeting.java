package io.sirocco.examples;

import org.omg.dds.type.Key;

/** The sample type of the HelloWorld example: a keyed POJO, encoded as XCDR by Sirocco. */
public class Greeting {
    /** Samples with the same sender belong to the same instance. */
    @Key
    public String sender = "";
    public int count;
    public String text = "";

    public Greeting() {
    }

    public Greeting(String sender, int count, String text) {
        this.sender = sender;
        this.count = count;
        this.text = text;
    }

    @Override
    public String toString() {
        return sender + " #" + count + ": " + text;
    }
}
