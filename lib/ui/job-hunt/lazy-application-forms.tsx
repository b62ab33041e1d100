"use client";
// The application page's forms below its header, each in its own chunk so the page stays
// within the 150 kB first-load budget. All are server-rendered as before (they show at once
// and post without JavaScript); their client code arrives after the page's first load.
import dynamic from "next/dynamic";

export const LazyContacts = dynamic(() => import("./contacts").then((m) => m.Contacts));
export const LazyFollowUpForm = dynamic(() => import("./follow-up-form").then((m) => m.FollowUpForm));
export const LazyEditApplicationForm = dynamic(() => import("./edit-application-form").then((m) => m.EditApplicationForm));
