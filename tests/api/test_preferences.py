"""`/me/preferences`: defaults, partial changes, clearing, and 422s naming the field."""

from __future__ import annotations

import httpx

from tests.api.conftest import Caller


def test_defaults_then_partial_changes(client: httpx.Client, alice: Caller) -> None:
    before = client.get("/me/preferences", headers=alice.auth).json()
    assert before == {
        "timezone": "Europe/Paris",
        "digest_hour": 8,
        "weekly_weekday": "monday",
        "quiet_hours": None,
        "quiet_mode": "hold",
        "paused": False,
        "snoozed_until": None,
        "default_channel": "email",
        "instant_cap_per_hour": None,
    }
    changed = client.put(
        "/me/preferences",
        json={
            "timezone": "America/New_York",
            "digest_hour": 6,
            "weekly_weekday": "friday",
            "quiet_hours": {"start": "22:30", "end": "07:00"},
            "quiet_mode": "digest",
            "instant_cap_per_hour": 5,
        },
        headers=alice.auth,
    ).json()
    assert changed["quiet_hours"] == {"start": "22:30", "end": "07:00"}
    assert (changed["timezone"], changed["digest_hour"], changed["weekly_weekday"]) == (
        "America/New_York",
        6,
        "friday",
    )
    paused = client.put("/me/preferences", json={"paused": True}, headers=alice.auth).json()
    assert paused["paused"] is True and paused["instant_cap_per_hour"] == 5
    cleared = client.put(
        "/me/preferences",
        json={"quiet_hours": None, "instant_cap_per_hour": None, "digest_hour": None},
        headers=alice.auth,
    ).json()
    assert cleared["quiet_hours"] is None and cleared["instant_cap_per_hour"] is None
    assert cleared["digest_hour"] == 8, "null digest hour falls back to ALERTS_DIGEST_HOUR"
    assert client.get("/me/preferences", headers=alice.auth).json() == cleared


INVALID = [
    ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
    ({"timezone": "../../etc/passwd"}, "timezone"),
    ({"digest_hour": 24}, "digest_hour"),
    ({"weekly_weekday": "someday"}, "weekly_weekday"),
    ({"quiet_hours": {"start": "25:00", "end": "07:00"}}, "start"),
    ({"quiet_hours": {"start": "07:00", "end": "07:00"}}, "quiet_hours"),
    ({"quiet_mode": "loud"}, "quiet_mode"),
    ({"snoozed_until": "2026-12-01T08:00:00"}, "snoozed_until"),
    ({"snoozed_until": "9999-12-31T23:59:59-12:00"}, "snoozed_until"),
    ({"default_channel": "pigeon"}, "default_channel"),
    ({"instant_cap_per_hour": 0}, "instant_cap_per_hour"),
    ({"timezone": None}, "timezone"),
    ({"volume": 11}, "volume"),
]


def test_invalid_preferences_name_the_field(client: httpx.Client, alice: Caller) -> None:
    for body, field in INVALID:
        response = client.put("/me/preferences", json=body, headers=alice.auth)
        assert response.status_code == 422, (body, response.text)
        assert field in [str(p) for p in response.json()["detail"][0]["loc"]], body
