package io.sirocco.stores.fabric;

import java.util.List;
import java.util.Objects;

/**
 * What a fabric region looks like for one view of a group: every member in rank order (by the
 * locator it announced), this member's rank, and the size of a row. All members of a view open
 * the same layout.
 *
 * @param group the group's name, unique in the domain (for example the topic and partition)
 * @param viewId the view's number; a new view opens a new region
 * @param memberLocators each member's {@link FabricProvider#localLocator()}, in rank order
 * @param myRank this member's index in {@code memberLocators}
 * @param rowBytes the size of one row, a multiple of 8
 */
public record GroupLayout(String group, long viewId, List<String> memberLocators, int myRank, int rowBytes) {

    public GroupLayout {
        Objects.requireNonNull(group, "group");
        memberLocators = List.copyOf(memberLocators);
        if (memberLocators.isEmpty()) {
            throw new IllegalArgumentException("memberLocators: a group has at least one member");
        }
        if (myRank < 0 || myRank >= memberLocators.size()) {
            throw new IllegalArgumentException("myRank: " + myRank + " is not a rank of " + memberLocators.size()
                    + " members");
        }
        if (rowBytes <= 0 || rowBytes % 8 != 0) {
            throw new IllegalArgumentException("rowBytes: " + rowBytes + " is not a positive multiple of 8");
        }
    }

    public int members() {
        return memberLocators.size();
    }
}
