import { expect, test } from "../support/test";
import { bearer, expectError, login, registerUser } from "../support/api";

// Who may read, edit and deactivate whose profile: yourself, or an admin; anyone else gets 404.
test.describe("users/:id authorization matrix", () => {
  test("traveller and vendor reach only themselves; admin reaches everyone", async ({ request }) => {
    const traveller = await registerUser(request);
    const vendor = await registerUser(request, { role: "vendor" });
    const target = await registerUser(request);
    const admin = await login(request, "admin@example.com");

    for (const actor of [traveller, vendor]) {
      expect((await request.get(`/api/v1/users/${actor.user.id}`, { headers: bearer(actor.token) })).status()).toBe(
        200,
      );
      await expectError(
        await request.get(`/api/v1/users/${target.user.id}`, { headers: bearer(actor.token) }),
        404,
        "not_found",
      );
      await expectError(
        await request.put(`/api/v1/users/${target.user.id}`, {
          headers: bearer(actor.token),
          data: { name: "Hijack" },
        }),
        404,
      );
      await expectError(await request.delete(`/api/v1/users/${target.user.id}`, { headers: bearer(actor.token) }), 404);
    }
    // the target is untouched
    const seen = await request.get(`/api/v1/users/${target.user.id}`, { headers: bearer(target.token) });
    expect((await seen.json()).user).toMatchObject({ name: "E2E User", active: true });

    const read = await request.get(`/api/v1/users/${target.user.id}`, { headers: bearer(admin.token) });
    expect((await read.json()).user.email).toBe(target.user.email);
    const edit = await request.put(`/api/v1/users/${target.user.id}`, {
      headers: bearer(admin.token),
      data: { name: "Renamed By Admin" },
    });
    expect((await edit.json()).user.name).toBe("Renamed By Admin");
    expect((await request.delete(`/api/v1/users/${target.user.id}`, { headers: bearer(admin.token) })).status()).toBe(
      204,
    );
    const after = await request.get(`/api/v1/users/${target.user.id}`, { headers: bearer(admin.token) });
    expect((await after.json()).user.active).toBe(false);
    await expectError(await request.get(`/api/v1/users/${target.user.id}`, { headers: bearer(target.token) }), 401);
  });

  test("an unknown id is 404 for an admin and for a user", async ({ request }) => {
    const admin = await login(request, "admin@example.com");
    const user = await registerUser(request);
    await expectError(
      await request.get("/api/v1/users/does-not-exist", { headers: bearer(admin.token) }),
      404,
      "not_found",
    );
    await expectError(
      await request.get("/api/v1/users/does-not-exist", { headers: bearer(user.token) }),
      404,
      "not_found",
    );
  });

  test("profile edits: name and phone only; the phone can be cleared", async ({ request }) => {
    const { user, token } = await registerUser(request, { phone: "+1 555 222 3333" });
    const res = await request.put(`/api/v1/users/${user.id}`, {
      headers: bearer(token),
      data: { name: "New Name", phone: null },
    });
    expect((await res.json()).user).toMatchObject({ name: "New Name", phone: null });
    await expectError(
      await request.put(`/api/v1/users/${user.id}`, { headers: bearer(token), data: { role: "admin" } }),
      422,
      "validation_failed",
    );
    await expectError(
      await request.put(`/api/v1/users/${user.id}`, { headers: bearer(token), data: { email: "x@y.dev" } }),
      422,
    );
    const me = await request.get(`/api/v1/users/${user.id}`, { headers: bearer(token) });
    expect((await me.json()).user.role).toBe("traveller");
  });
});
